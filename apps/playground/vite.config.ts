import { defineConfig } from 'vite';
import { pageLayout } from './page-layout.js';

// The page is served by apps/server at `/` and calls the Web API with relative URLs, so a
// relative base lets the same build run under any path. In development, `pnpm dev` proxies the
// API and the docs to a running server (CIVICBLOCKS_SERVER, default http://127.0.0.1:3000).
const server = process.env['CIVICBLOCKS_SERVER'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: './',
  plugins: [pageLayout()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    // GOV.UK Frontend keeps an old Internet Explorer media query hack (`min-width: 0\0`) that
    // Lightning CSS refuses to parse; esbuild's CSS minifier passes it through unchanged.
    cssMinify: 'esbuild',
    rolldownOptions: {
      // Two pages: the household calculator and the policy file check.
      input: { main: 'index.html', validate: 'validate.html' },
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        // GOV.UK Frontend's own mixins warn about Sass features it still supports; ours do not.
        quietDeps: true,
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': server,
      '/docs': server,
    },
  },
  preview: { host: '127.0.0.1' },
});
