// Stand-in for office-addin-manifest inside jest (see jest.config.js). office-addin-mock needs only
// its OfficeApp enum (host detection in load/resetValue); values as in office-addin-manifest/lib/officeApp.js.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
