// @ts-check
/**
 * `npm run package`: zips a production build (`npm run build:prod`) into release/<name>-<version>.zip,
 * ready to unpack into the folder its base URL points at on any static HTTPS host. The zip holds
 * manifest.xml plus exactly the files the manifest references and the files those reference in turn
 * (the page's scripts and stylesheet, images named by scripts or styles). Before zipping it re-runs the
 * offline manifest check against the build. Entries carry a fixed timestamp, so the same build gives a
 * byte-identical zip.
 *
 * Usage: node scripts/package.js [--dir dist-prod] [--out release]
 */
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { checkManifest } = require("./check-manifest");
const { manifestBaseUrl, manifestUrls, manifestVersion } = require("./production-manifest");

/** Files whose text may name other built files. */
const TEXT_FILE = /\.(html|css|js|json)$/;
/** 1980-01-01, the earliest time a zip entry can carry: the zip does not depend on when it was made. */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1));

/** @param {string} dir @param {string} [prefix] @returns {string[]} every file under dir, relative, with "/" separators, sorted */
function listFiles(dir, prefix = "") {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : e.isFile() ? [`${prefix}${e.name}`] : []))
    .sort();
}

/**
 * The files of a production build that belong in its package: manifest.xml, every file the manifest
 * references, and (transitively) every built file named inside those files.
 * @param {string} distDir
 * @returns {string[]} relative paths, sorted
 */
function releaseFiles(distDir) {
  const xml = fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8");
  const base = manifestBaseUrl(xml);
  const built = listFiles(distDir);
  const wanted = new Set(["manifest.xml"]);
  const queue = manifestUrls(xml).map((url) => {
    if (!url.startsWith(base)) throw new Error(`manifest URL ${url} is not under ${base}`);
    return decodeURIComponent(url.slice(base.length));
  });
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (wanted.has(file)) continue;
    if (!built.includes(file)) throw new Error(`${file} is referenced but not in ${distDir}`);
    wanted.add(file);
    if (!TEXT_FILE.test(file)) continue;
    const text = fs.readFileSync(path.join(distDir, file), "utf8");
    queue.push(...built.filter((other) => other !== file && text.includes(other)));
  }
  return [...wanted].sort();
}

/**
 * Write the zip; returns its path and the packaged files with their sizes.
 * @param {{ distDir: string, outDir: string, name: string, version: string }} options
 */
async function packageRelease({ distDir, outDir, name, version }) {
  const xml = fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8");
  const built = /<Version>([^<]+)<\/Version>/.exec(xml)?.[1];
  if (built !== manifestVersion(version)) throw new Error(`${distDir} was built as version ${built}, package.json says ${version}: run npm run build:prod again`);
  const problems = checkManifest(xml, { distDir, baseUrl: manifestBaseUrl(xml) });
  if (problems.length) throw new Error(`${distDir}/manifest.xml fails the manifest check:\n- ${problems.join("\n- ")}`);
  const zip = new JSZip();
  const files = releaseFiles(distDir).map((file) => {
    const data = fs.readFileSync(path.join(distDir, file));
    zip.file(file, data, { date: ZIP_DATE, createFolders: false });
    return { file, bytes: data.length };
  });
  const zipPath = path.join(outDir, `${name}-${version}.zip`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(zipPath, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
  const unpackaged = listFiles(distDir).filter((f) => !files.some((p) => p.file === f));
  return { zipPath, baseUrl: manifestBaseUrl(xml), files, unpackaged };
}

/** @param {string[]} argv @param {string} flag @param {string} fallback */
function option(argv, flag, fallback) {
  const i = argv.indexOf(flag);
  return i >= 0 && argv[i + 1] ? /** @type {string} */ (argv[i + 1]) : fallback;
}

module.exports = { releaseFiles, packageRelease, listFiles, option };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const root = path.resolve(__dirname, "..");
  const distDir = path.resolve(option(argv, "--dir", path.join(root, "dist-prod")));
  const outDir = path.resolve(option(argv, "--out", path.join(root, "release")));
  const pkg = require("../package.json");
  if (!fs.existsSync(path.join(distDir, "manifest.xml"))) {
    console.error(`${distDir}/manifest.xml not found: build first, e.g. npm run build:prod -- --env base=https://addins.example.org/ust/`);
    process.exit(1);
  }
  packageRelease({ distDir, outDir, name: pkg.name, version: pkg.version }).then(
    ({ zipPath, baseUrl, files, unpackaged }) => {
      console.log(`${path.relative(root, zipPath)} (${fs.statSync(zipPath).size} bytes) for ${baseUrl}:`);
      for (const { file, bytes } of files) console.log(`  ${String(bytes).padStart(8)}  ${file}`);
      if (unpackaged.length) console.log(`not packaged (nothing references them): ${unpackaged.join(", ")}`);
    },
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
