import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: new URL('../dist/web', import.meta.url).pathname,
    emptyOutDir: true,
    sourcemap: false,
    // MapLibre's chunk (about 1 MB) is loaded lazily, only by pages that show a map.
    chunkSizeWarningLimit: 1100,
  },
});
