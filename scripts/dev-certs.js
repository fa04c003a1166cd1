// @ts-check
/**
 * HTTPS options for the local servers (dev server, serve:prod), from Microsoft's office-addin-dev-certs.
 * On Windows and macOS the developer CA is created and trusted (office-addin-dev-certs asks for consent).
 * Elsewhere (Linux: Excel desktop does not exist and trusting needs sudo) the certificates are only
 * generated, and the user is told how to trust the CA in the browser used for Excel on the web.
 */
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

async function httpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") return devCerts.getHttpsServerOptions();
  const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
  if (!files.every((f) => fs.existsSync(f))) await devCerts.generateCertificates();
  console.log(
    `Developer certificates: ${defaults.certificateDirectory}\n` +
      `  Not trusted automatically on ${process.platform}. To use https://localhost:3000 from a browser, import\n` +
      `  ${defaults.caCertificatePath} as a trusted certificate authority (e.g. Chrome: Settings → Privacy and security →\n` +
      `  Security → Manage certificates → Authorities → Import).`,
  );
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

module.exports = { httpsOptions };
