/**
 * `decode [--json] [--lang de|en] [--profile …] [--flow …] "<error text>"` — explains a pasted error.
 * `-` (or no text) reads the text from stdin, so whole log excerpts can be piped in.
 * --json prints the DecodeResult: {"causes":[{"category":"<id>", …}, …]}, most likely first.
 * --profile inventory360|etron|generic decodes in that product's context (e.g. for ETRON, Odoo hides
 * the AUTH reply, so "530 5.7.57" ranks the real sign-in causes first) and gives its own fix steps.
 * --flow app-only|delegated says how the application signs in; when the text leaves it open and the
 * causes depend on it (a bare "535 5.7.3"), the answer says so and names the option.
 * When the text alone does not decide between its causes (DecodeResult.undecided), the answer says so and names `check`.
 */
import { decode } from '../core/diagnosis/decode.js';
import { FLOWS, type DiagnosisContext, type Flow, type Profile } from '../core/diagnosis/types.js';
import { EXIT } from './exit-codes.js';
import { parseArgs, pickLanguage, readStdin } from './args.js';

const PROFILES = new Set(['inventory360', 'etron', 'generic']);
const FLOW_VALUES = new Set<string>(FLOWS);

/** The hint printed when the flow would re-rank the causes. */
const ASK_FLOW = {
  de: 'Die Ursache hängt davon ab, wie sich die Anwendung anmeldet. Geben Sie --flow app-only an (die Anwendung meldet sich selbst an, mit geheimem Clientschlüssel oder Zertifikat) oder --flow delegated (ein Benutzer meldet sich an).',
  en: 'The cause depends on how the application signs in. Add --flow app-only (as itself, with a client secret or certificate) or --flow delegated (as a user).',
} as const;

/** The hint printed when the text alone does not decide between its causes (DecodeResult.undecided; a guess says so in its note). */
const UNDECIDED = {
  de: 'Diese Meldung allein legt die Ursache nicht fest: Sie kommt bei mehreren der folgenden Ursachen vor. Der Befehl check testet Anmeldung, Berechtigungen und Versand mit Ihrem Mandanten und zeigt, welche es ist.',
  en: 'This message alone does not settle the cause: it comes with several of the causes below. The check command tests sign-in, permissions and sending against your tenant and shows which one it is.',
} as const;

/** Runs the decode command. */
export async function runDecodeCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { json: 'flag', lang: 'value', profile: 'value', flow: 'value', 'changed-minutes-ago': 'value' });
  if (typeof args === 'string') {
    process.stderr.write(`decode: ${args}\n`);
    return EXIT.usage;
  }
  const profile = args.values.get('profile');
  if (profile !== undefined && !PROFILES.has(profile)) {
    process.stderr.write('decode: --profile must be inventory360, etron or generic\n');
    return EXIT.usage;
  }
  const flow = args.values.get('flow');
  if (flow !== undefined && !FLOW_VALUES.has(flow)) {
    process.stderr.write('decode: --flow must be app-only or delegated\n');
    return EXIT.usage;
  }
  const changed = args.values.get('changed-minutes-ago');
  const text = args.positionals.length === 0 || (args.positionals.length === 1 && args.positionals[0] === '-')
    ? await readStdin()
    : args.positionals.join(' ');
  const lang = pickLanguage(args.values.get('lang'));
  const context: DiagnosisContext = {
    ...(profile ? { profile: profile as Profile } : {}),
    ...(flow ? { flow: flow as Flow } : {}),
    ...(changed !== undefined && Number.isFinite(Number(changed)) ? { recentChangeMinutes: Number(changed) } : {}),
    languages: args.flags.has('json') ? ['de', 'en'] : [lang],
  };
  const result = decode(text, context);
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return EXIT.ok;
  }
  if (result.causes.length === 0) {
    process.stdout.write(`${result.hint?.[lang] ?? 'No known error found in this text.'}\n`);
    return EXIT.problems;
  }
  if (result.note?.[lang]) process.stdout.write(`${result.note[lang]}\n`);
  if (result.ask === 'flow') process.stdout.write(`${ASK_FLOW[lang]}\n`);
  if (result.undecided && !result.guess) process.stdout.write(`${UNDECIDED[lang]}\n`);
  // The confidence as the app's glossary names it (renderer/src/messages/glossary.ts): a "Wahrscheinlichkeit", never a "Sicherheit".
  const head = lang === 'de' ? ['Wahrscheinlichste Ursache', 'Weitere mögliche Ursache', 'So beheben Sie es', 'Wahrscheinlichkeit'] : ['Most likely cause', 'Other possible cause', 'How to fix it', 'likelihood'];
  // A guess says so in its first line too, as the app's "Beste Vermutung" / "Best guess".
  if (result.guess) head[0] = lang === 'de' ? 'Beste Vermutung' : 'Best guess';
  result.causes.slice(0, 3).forEach((cause, i) => {
    const t = cause.texts[lang];
    process.stdout.write(`\n${i === 0 ? head[0] : head[1]}: ${t?.title ?? cause.category}  [${cause.category}, ${head[3]} ${Math.round(cause.confidence * 100)} %]\n`);
    if (t) {
      process.stdout.write(`  ${t.cause}\n`);
      if (i === 0) {
        process.stdout.write(`  ${head[2]}:\n`);
        t.fix.forEach((step, n) => process.stdout.write(`    ${n + 1}. ${step}\n`));
        if (t.waitHint) process.stdout.write(`  ${t.waitHint}\n`);
      }
    }
    if (cause.evidence[0]) process.stdout.write(`  > ${cause.evidence[0]}\n`);
  });
  return EXIT.ok;
}
