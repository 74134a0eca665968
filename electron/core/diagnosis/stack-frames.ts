/**
 * Stack frames name the code that ran, not what went wrong: "File \"…/smtplib.py\", line 341, in connect",
 * "at System.Net.Mail.SmtpClient.Send(…)", "#0 …/class.mailfetch.php(98): …". The word guesses (guess.ts)
 * read the text without them, so "connect" or "password" in a frame or the code line under it does not
 * count as what the error says. The frame forms are those the runtimes print: Python's traceback
 * ("File …, line N, in f" and the source line below it), Java/.NET/JavaScript "at …", Java's
 * "... N more" / "... N common frames omitted", PHP's "#N file(line): call" and Ruby's "from file:N:in".
 * Written here because no library strips frames of several runtimes from pasted text; each regex is
 * line-anchored with bounded repetitions (linear time).
 */

const FRAME_LINES: readonly RegExp[] = [
  // Python: the frame line and, when indented under it, the source line it shows.
  /^ ?File "[^"\n]{1,500}", line \d{1,7}[^\n]{0,300}(?:\n (?!File ")[^\n]{0,500})?$/gm,
  // Java, .NET, JavaScript: "at pkg.Class.method(File.java:12)", "at Ns.Type.Method() in C:\x.cs:line 5", "at fn (file.js:1:2)".
  /^ ?at (?:async )?[\w$.<>[\]`,+/\\:-]{1,300}(?: \[as [^\]\n]{1,100}\])?(?: ?\([^\n]{0,500}|:\d{1,7}:\d{1,7})$/gm,
  /^ ?\.\.\. \d{1,7} (?:more|common frames omitted)$/gm,
  // PHP: "#0 /var/www/x.php(98): Class->method()", "#7 {main}".
  /^ ?#\d{1,4} (?:\{main\}|[^\n]{1,500}\(\d{1,7}\): [^\n]{0,500})$/gm,
  // Ruby: "from /usr/lib/ruby/net/smtp.rb:987:in `check_auth_response'" and a bare "/path.rb:12:in `x'".
  /^ ?(?:from )?[^\s:]{1,300}\.rb:\d{1,7}:in [^\n]{0,300}$/gm,
];

/** The text without its stack frames (line breaks kept). */
export function withoutStackFrames(text: string): string {
  let out = text;
  for (const frame of FRAME_LINES) out = out.replace(frame, '');
  return out;
}
