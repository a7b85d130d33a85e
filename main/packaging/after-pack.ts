// electron-builder's afterPack hook (electron-builder.yml): checks the packed app before it is
// turned into AppImage/deb/NSIS, and fails the build with a message a person can act on.
import { join } from 'node:path';
import { packedLayoutProblems } from './packed-files.js';
import { findNativeModules, nativeAbiProblems } from './native-modules.js';

/** The part of electron-builder's AfterPackContext this hook reads. */
interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { info: { framework: { version: string } }; appInfo: { productFilename: string } };
}

export default function afterPack(context: AfterPackContext): void {
  const resources = context.electronPlatformName === 'darwin' ? join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources') : join(context.appOutDir, 'resources');
  const electronVersion = context.packager.info.framework.version;
  const problems = [...nativeAbiProblems(findNativeModules(join(resources, 'app.asar.unpacked')), electronVersion), ...packedLayoutProblems(resources)];
  if (problems.length > 0) {
    throw new Error(
      [
        `opswall packaging check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
        ...problems.map((problem) => `  - ${problem}`),
        'Native modules must be rebuilt for Electron: `npx @electron/rebuild -f -w better-sqlite3` (it downloads the',
        "Electron headers, so it needs the internet or a local headers mirror), then package again. See docs/operations.md, 'Packaging'.",
      ].join('\n'),
    );
  }
}
