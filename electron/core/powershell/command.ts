/**
 * One Exchange cmdlet call in two forms from one source: structured ({cmdlet, parameters}) for
 * the sandbox's admin endpoint (POST /_sandbox/exchange/cmdlet runs the same steps in demo
 * mode), and rendered as a PowerShell line for the script. Parameter names are PowerShell's,
 * without the dash; values are strings, or true/false/null for Boolean and switch parameters.
 */
import { psQuote } from './quote.js';

/** A parameter value: a string, or $true / $false / $null. */
export type CmdletParameterValue = string | boolean | null;

/** A cmdlet with its parameters, e.g. {cmdlet:'Add-MailboxPermission', parameters:{Identity, User, AccessRights}}. */
export interface ExchangeCommand {
  readonly cmdlet: string;
  readonly parameters: Readonly<Record<string, CmdletParameterValue>>;
}

/** A command in a script, with the comment lines that say why and an optional Format-List. */
export interface ScriptStep {
  readonly comments: readonly string[];
  readonly command: ExchangeCommand;
  /** Pipe into `Format-List <properties>` (empty list: `Format-List` alone). */
  readonly formatList?: readonly string[];
}

/** Switch parameters take their value after a colon (`-Confirm:$false`); so does -AutoMapping by convention. */
const COLON_PARAMETERS = new Set(['Confirm', 'ShowBanner', 'AutoMapping']);

/** Enum-valued parameters whose constants read better bare (`-AccessRights FullAccess`). */
const BAREWORD_PARAMETERS = new Set(['AccessRights', 'ExchangeEnvironmentName']);
const BAREWORD = /^[A-Za-z][A-Za-z0-9]*$/;

const CMDLET = /^[A-Z][a-z]+-[A-Za-z]+$/;
const PARAMETER = /^[A-Z][A-Za-z]*$/;

function renderValue(name: string, value: CmdletParameterValue): string {
  if (value === true) return '$true';
  if (value === false) return '$false';
  if (value === null) return '$null';
  return BAREWORD_PARAMETERS.has(name) && BAREWORD.test(value) ? value : psQuote(value);
}

/**
 * The PowerShell text of a command. Cmdlet and parameter names come from this module's code,
 * never from input; they are still checked, so a programming error cannot emit arbitrary text.
 */
export function renderCommand(command: ExchangeCommand): string {
  if (!CMDLET.test(command.cmdlet)) throw new Error(`not a cmdlet name: ${command.cmdlet}`);
  const parts = [command.cmdlet];
  for (const [name, value] of Object.entries(command.parameters)) {
    if (!PARAMETER.test(name)) throw new Error(`not a parameter name: ${name}`);
    const rendered = renderValue(name, value);
    parts.push(COLON_PARAMETERS.has(name) ? `-${name}:${rendered}` : `-${name} ${rendered}`);
  }
  return parts.join(' ');
}

const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/** A `# …` comment line; a line break would turn the rest into code, so it is refused. */
export function commentLine(text: string): string {
  if (LINE_BREAK.test(text)) throw new Error('a comment line cannot contain a line break');
  return text === '' ? '#' : `# ${text}`;
}

/** The lines of a step: its comments, then the command (piped into Format-List if asked). */
export function renderStep(step: ScriptStep, indent = ''): string[] {
  const format = step.formatList === undefined
    ? ''
    : ` | Format-List${step.formatList.length > 0 ? ` ${step.formatList.join(',')}` : ''}`;
  return [...step.comments.map((c) => `${indent}${commentLine(c)}`), `${indent}${renderCommand(step.command)}${format}`];
}
