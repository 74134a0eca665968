/**
 * The project's language rule for German output, as shared/tools/english-lines.js states it: a
 * line reads as English when it holds three or more distinct English function words. Raw server
 * replies (SMTP codes, IMAP status lines, AADSTS texts), bare URLs and PowerShell commands are
 * exempt — they are quoted, not spoken. Kept here so the tests do not depend on a folder outside
 * the repository.
 */
const STOP = new Set('the and to from by be it its on no required assigned is are has have not until every of for with this that found holds granted exists enabled expired does must should cannot could there which when their your you been will would'.split(' '));
const RAW = /AADSTS\d+|^\s*\d{3}[ -]\d\.\d|^\s*(\*|[A-Za-z]?\d+) (OK|NO|BAD|BYE)\b|^\s*https?:\/\/\S+\s*$|^\s*(PS>|Connect-|New-|Add-|Set-|Get-|Remove-|Install-)/;

/** The lines of `text` that read as English sentences. */
export function englishLines(text: string): string[] {
  return text.split('\n').filter((line) => {
    if (RAW.test(line)) return false;
    const words = new Set((line.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => STOP.has(w)));
    return words.size >= 3;
  });
}
