/**
 * Session permissions (Electron security checklist item 5): the assistant needs no camera,
 * microphone, notifications, geolocation, clipboard, USB, HID or serial access — every request
 * and every check is refused, for the main session and the demo sign-in session alike.
 */

/** Permissions the assistant grants; deliberately empty. */
export const GRANTED_PERMISSIONS: readonly string[] = [];

/** `setPermissionRequestHandler`: grant only what GRANTED_PERMISSIONS lists. */
export function permissionRequestDecision(permission: string): boolean {
  return GRANTED_PERMISSIONS.includes(permission);
}

/** `setPermissionCheckHandler`: the same answer for the synchronous checks. */
export function permissionCheckDecision(permission: string): boolean {
  return GRANTED_PERMISSIONS.includes(permission);
}

/** `setDevicePermissionHandler` (USB, HID, serial): never. */
export function devicePermissionDecision(): boolean {
  return false;
}
