/**
 * Stack frames name the code that ran, not what went wrong: the word guesses read the text without them
 * (stack-frames.ts), while the topic (SMTP, IMAP, sign-in) still comes from the whole text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { withoutStackFrames } from '../../electron/core/diagnosis/stack-frames.js';

const lines = (text: string): string[] => withoutStackFrames(text).split('\n').filter((l) => l.trim() !== '');

describe('stack frames are not prose', () => {
  it('drops the frames of Python, Java, .NET, JavaScript, PHP and Ruby and keeps the messages', () => {
    assert.deepEqual(lines([
      'Traceback (most recent call last):',
      ' File "/usr/src/app/notify.py", line 165, in connection_is_valid',
      ' server = self.connect()',
      'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    ].join('\n')), ['Traceback (most recent call last):', 'smtplib.SMTPServerDisconnected: Connection unexpectedly closed']);
    assert.deepEqual(lines([
      'javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful',
      ' at com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)',
      ' ... 21 common frames omitted',
      'System.Net.Mail.SmtpException: Failure sending mail.',
      ' at System.Net.Mail.SmtpClient.Send(MailMessage message) in C:\\src\\Mailer.cs:line 42',
      ' at async Connection.connect (/app/node_modules/imapflow/lib/imap-flow.js:712:13)',
      '#0 /var/www/include/class.mailfetch.php(98): MailFetcher->connect()',
      '#1 {main}',
      " from /usr/lib/ruby/3.1.0/net/smtp.rb:987:in `check_auth_response'",
    ].join('\n')), ['javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful', 'System.Net.Mail.SmtpException: Failure sending mail.']);
  });

  it('keeps lines that only look a little like frames', () => {
    const text = 'at this time the server is busy\n#1 priority: fix the login\nFile "report.txt" was not attached';
    assert.deepEqual(lines(text), text.split('\n'));
  });
});

describe('the guesses read the prose, the topic the whole text', () => {
  it('"connect" in a frame is no sign of a blocked network: the credentials line decides', () => {
    const text = [
      'Login failed. Please check your settings and your credentials',
      'Traceback (most recent call last):',
      '  File "/usr/src/app/mailer/notify.py", line 165, in connection_is_valid',
      '    server = self.connect()',
    ].join('\n');
    const result = decode(text);
    assert.equal(result.guess, true);
    assert.equal(result.causes[0]?.category, 'basic_auth_used');
    // Only the topic's weak network alternative is left (the path names smtp), not the frame's "connect".
    assert.ok(!result.causes.slice(0, 3).some((c) => c.category === 'network_blocked'), JSON.stringify(result.causes.map((c) => c.category)));
  });

  it('a frame in the mail library still says the text is about sending mail', () => {
    const result = decode('Unhandled exception\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)');
    assert.equal(result.guess, true);
    assert.equal(result.causes[0]?.category, 'smtp_auth_failed_generic');
  });
});
