/** A server the sandbox started, with its port and a way to stop it. */
export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}
