/**
 * electron-updater's latest*.yml, written the way electron-builder writes it, so its generic
 * provider reads the bundle unchanged. Every string is single-quoted: file names may hold
 * spaces ("Homeward Setup 1.2.0.exe").
 */
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export interface UpdateInfoFile {
  version: string;
  installerName: string;
  sha512: string;
  size: number;
  releaseDate: string;
}

export function updateInfoYaml(info: UpdateInfoFile): string {
  return [
    `version: ${info.version}`,
    'files:',
    `  - url: ${quote(info.installerName)}`,
    `    sha512: ${info.sha512}`,
    `    size: ${info.size}`,
    `path: ${quote(info.installerName)}`,
    `sha512: ${info.sha512}`,
    `releaseDate: ${quote(info.releaseDate)}`,
    '',
  ].join('\n');
}
