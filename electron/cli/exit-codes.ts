/** The CLI's exit codes by outcome (README "Command line"). */
export const EXIT = { ok: 0, problems: 1, usage: 2, failed: 3, cancelled: 4 } as const;
