// Stand-in for office-addin-manifest inside jest (see jest.config.js). office-addin-mock does not use it.
module.exports = {};
