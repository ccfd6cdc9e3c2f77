import { app, type Session } from 'electron';
import { shouldAllowNavigation } from './navigation-policy';
import { permissionDecision } from './permission-policy';

/** Refuses every browser permission for pages in this session, both when asked and when checked. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
}

/**
 * Applied to every web contents as it is created (not only the main window), so no page can
 * open windows, attach a <webview> or navigate away from the app.
 */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!shouldAllowNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
