import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { letForConstPlugin } from './scripts/let-for-const';
import { TERSER_OPTIONS } from './scripts/minify-options';

/** The storage code the popup loads after its first render (see libraryModules in popup/main.tsx): kept out of the shared chunk. */
const LOADED_LATER = /[\\/](src[\\/](library[\\/]store|notes[\\/]document-key|storage[\\/])|node_modules[\\/]idb[\\/])/;

// Firefox gets Manifest V2 (WXT's default for Firefox): see "Firefox: why
// Manifest V2" in the README.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: every module says where its names come from.
  imports: false,
  publicDir: 'assets/public',
  vite: () => ({
    // Every chunk's `const`s written `let` before terser minifies it: smaller, the same code (scripts/let-for-const.ts).
    plugins: [preact(), letForConstPlugin()],
    build: { minify: 'terser', terserOptions: TERSER_OPTIONS },
  }),
  manifest: ({ browser }) => ({
    name: 'Diplomatic Lens',
    description:
      'Reads U.S. State Department statements: commitments graded by strength, who and what is named, and your own notes, kept on your machine.',
    // activeTab: the popup may read and, when the reader asks, analyze the
    // tab it was opened on, and only that one (scripting injects there in
    // Manifest V3; Firefox's Manifest V2 injects through tabs). storage: the
    // highlight toggles, shared by every tab. Host access comes from the
    // content script's matches. contextMenus: "Add note to selection".
    permissions: browser === 'firefox' ? ['activeTab', 'storage', 'contextMenus'] : ['activeTab', 'storage', 'scripting', 'contextMenus'],
    commands: {
      'add-note': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Add a note to the selected text' },
    },
    action: { default_title: 'Diplomatic Lens' },
    // The notes page is also the options page: where a reader looks for their notes.
    options_ui: { page: 'notes.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'diplomatic-lens@diplomatic-lens.dev',
              // 140: first release with data_collection_permissions and the
              // CSS Custom Highlight API the page layer paints with.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT 0.20 still hands its auto-import list to unimport's plugin when
    // `imports` is false, and unimport then injects imports for any name it
    // sees used, even a parameter: `storage` in category-settings.ts pulled
    // WXT's whole storage module (and its start-up work) into the content
    // script. Turning the plugin's autoImport off makes `imports: false` true.
    'config:resolved'(wxt) {
      (wxt.config.imports as { autoImport?: boolean }).autoImport = false;
    },
    // The extension pages (popup, notes, library) are one build: what they
    // share goes into one chunk instead of several, so the popup loads two
    // script files, not five (each costs the page a request before it can run).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'popup')) return;
      const output = (config.build ??= {}).rollupOptions?.output;
      config.build.rollupOptions = {
        ...config.build.rollupOptions,
        output: { ...(Array.isArray(output) ? {} : output), codeSplitting: { groups: [{ name: 'shared', minShareCount: 2, test: (id) => !LOADED_LATER.test(id) }] } },
      };
    },
  },
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip' },
});
