/* global window */
// Stand-in for Microsoft's office.js in the headless-browser test: an Excel host with in-memory
// document settings and a workbook without saved data. Before this script runs, window.__OFFICE_HOST__
// may be set to null (a plain browser) and window.__OFFICE_SETTINGS__ to the workbook's settings.
(function () {
  var host = window.__OFFICE_HOST__ === undefined ? "Excel" : window.__OFFICE_HOST__;
  var settings = window.__OFFICE_SETTINGS__ || {};
  var nullObject = { isNullObject: true, load: function () {} };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (cb) {
      var info = { host: host, platform: host ? "OfficeOnline" : null };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: {
      document: {
        settings: {
          get: function (k) { return k in settings ? settings[k] : null; },
          set: function (k, v) { settings[k] = v; },
          remove: function (k) { delete settings[k]; },
          saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); },
        },
      },
    },
  };
  window.Excel = {
    run: function (body) {
      var ctx = {
        workbook: {
          customXmlParts: { getByNamespace: function () { return { getOnlyItemOrNullObject: function () { return nullObject; } }; }, add: function () {} },
          application: { calculate: function () {} },
        },
        sync: function () { return Promise.resolve(); },
      };
      return Promise.resolve(body(ctx));
    },
  };
  window.CustomFunctions = {
    associate: function () {},
    Error: function (code, message) { this.code = code; this.message = message; },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
})();
