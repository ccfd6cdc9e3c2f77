/**
 * Homeward needs no browser permission: photos arrive through a file picker, printing goes
 * through the main process and nothing is fetched from the network. So every request and
 * check (camera, microphone, geolocation, notifications, clipboard read, HID, …) is refused.
 */
export function permissionDecision(_permission: string): boolean {
  return false;
}
