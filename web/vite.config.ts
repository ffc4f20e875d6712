import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The portal: a static single-page app; its runtime settings come from /config.json, not the build. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  css: { preprocessorOptions: { scss: { quietDeps: true } } },
});
