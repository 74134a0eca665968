/**
 * Electron fuses (security checklist item 19, https://www.electronjs.org/docs/latest/tutorial/fuses)
 * as data: electron-builder.yml's `electronFuses` must equal this object (a test compares them),
 * so a weakened fuse fails the tests before it ships.
 */

/** The fuse settings of the packaged app, named as electron-builder's FuseOptionsV1. */
export const ELECTRON_FUSES = {
  /** No ELECTRON_RUN_AS_NODE: the app binary cannot be used as a plain Node.js. */
  runAsNode: false,
  /** Cookies encrypted with the OS key store. */
  enableCookieEncryption: true,
  /** NODE_OPTIONS / NODE_EXTRA_CA_CERTS ignored. */
  enableNodeOptionsEnvironmentVariable: false,
  /** --inspect and SIGUSR1 ignored. */
  enableNodeCliInspectArguments: false,
  /** app.asar validated against the hash in the signed binary (macOS, Windows). */
  enableEmbeddedAsarIntegrityValidation: true,
  /** Only app.asar is loaded, never an unpacked `app` folder next to it. */
  onlyLoadAppFromAsar: true,
  /** We ship no custom V8 snapshot, so the browser process keeps the shared one. */
  loadBrowserProcessSpecificV8Snapshot: false,
  /** The renderer is served from app://, file:// needs no extra privileges. */
  grantFileProtocolExtraPrivileges: false,
} as const;
