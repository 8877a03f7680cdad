// Stand-in for the VS Code webview host: acquireVsCodeApi records what the preview posts, and
// setTheme() does what VS Code does on a theme switch (body class + --vscode-* variables on <html>).
(function () {
  'use strict';
  var THEMES = {
    dark: {
      cls: 'vscode-dark',
      vars: {
        '--vscode-font-family': '-apple-system, BlinkMacSystemFont, "Segoe UI", "Ubuntu", "Droid Sans", sans-serif',
        '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
        '--vscode-editor-background': '#1f1f1f',
        '--vscode-editor-foreground': '#cccccc',
        '--vscode-focusBorder': '#0078d4',
        '--vscode-contrastBorder': 'transparent',
        '--vscode-textLink-foreground': '#4daafc',
        '--vscode-textLink-activeForeground': '#4daafc',
        '--vscode-textCodeBlock-background': '#2b2b2b',
        '--vscode-panel-border': '#2b2b2b',
        '--vscode-widget-border': '#313131',
        '--vscode-editorWidget-background': '#202020',
        '--vscode-badge-background': '#616161',
        '--vscode-badge-foreground': '#f8f8f8',
        '--vscode-charts-green': '#89d185',
        '--vscode-charts-purple': '#b180d7',
        '--vscode-charts-yellow': '#cca700',
        '--vscode-charts-red': '#f14c4c',
        '--vscode-editorError-foreground': '#f14c4c',
        '--vscode-editorWarning-foreground': '#cca700',
        '--vscode-testing-iconPassed': '#73c991',
        '--vscode-icon-foreground': '#cccccc',
        '--vscode-toolbar-hoverBackground': 'rgba(90, 93, 94, 0.31)',
        '--vscode-inputValidation-errorBackground': '#5a1d1d',
      },
    },
    light: {
      cls: 'vscode-light',
      vars: {
        '--vscode-font-family': '-apple-system, BlinkMacSystemFont, "Segoe UI", "Ubuntu", "Droid Sans", sans-serif',
        '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
        '--vscode-editor-background': '#ffffff',
        '--vscode-editor-foreground': '#3b3b3b',
        '--vscode-focusBorder': '#005fb8',
        '--vscode-contrastBorder': 'transparent',
        '--vscode-textLink-foreground': '#005fb8',
        '--vscode-textLink-activeForeground': '#005fb8',
        '--vscode-textCodeBlock-background': '#f0f0f0',
        '--vscode-panel-border': '#e5e5e5',
        '--vscode-widget-border': '#e5e5e5',
        '--vscode-editorWidget-background': '#f8f8f8',
        '--vscode-badge-background': '#cccccc',
        '--vscode-badge-foreground': '#3b3b3b',
        '--vscode-charts-green': '#388a34',
        '--vscode-charts-purple': '#652d90',
        '--vscode-charts-yellow': '#bf8803',
        '--vscode-charts-red': '#e51400',
        '--vscode-editorError-foreground': '#e51400',
        '--vscode-editorWarning-foreground': '#bf8803',
        '--vscode-testing-iconPassed': '#388a34',
        '--vscode-icon-foreground': '#424242',
        '--vscode-toolbar-hoverBackground': 'rgba(184, 184, 184, 0.31)',
        '--vscode-inputValidation-errorBackground': '#f2dede',
      },
    },
    'high-contrast': {
      cls: 'vscode-high-contrast',
      vars: {
        '--vscode-font-family': 'sans-serif',
        '--vscode-editor-background': '#000000',
        '--vscode-editor-foreground': '#ffffff',
        '--vscode-focusBorder': '#f38518',
        '--vscode-contrastBorder': '#6fc3df',
        '--vscode-textLink-foreground': '#21a6ff',
      },
    },
  };

  var harness = {
    posted: [],
    state: undefined,
    setTheme: function (kind) {
      var t = THEMES[kind];
      var html = document.documentElement;
      html.removeAttribute('style');
      Object.keys(t.vars).forEach(function (k) { html.style.setProperty(k, t.vars[k]); });
      if (document.body) {
        document.body.classList.remove('vscode-dark', 'vscode-light', 'vscode-high-contrast', 'vscode-high-contrast-light');
        document.body.classList.add(t.cls);
      }
    },
    /** What the host would send (MessageEvent on window, as VS Code delivers it). */
    send: function (message) {
      window.postMessage(message, '*');
    },
    messages: function (type) {
      return harness.posted.filter(function (m) { return m && m.type === type; });
    },
  };
  window.__harness = harness;

  var acquired = false;
  window.acquireVsCodeApi = function () {
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return {
      postMessage: function (m) { harness.posted.push(JSON.parse(JSON.stringify(m))); },
      getState: function () { return harness.state; },
      setState: function (s) { harness.state = s; return s; },
    };
  };

  harness.setTheme(new URLSearchParams(location.search).get('theme') || 'dark');
})();
