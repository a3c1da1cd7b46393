import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const adminUiRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: adminUiRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries go into chunks of their own, which browsers keep cached across releases of Baton.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            // Charts (MUI X and its d3 modules) and react-admin's query and form libraries have chunks of
            // their own, so that neither the mui nor the vendor chunk passes Vite's 500 kB warning.
            { name: 'charts', test: /node_modules[\\/]@mui[\\/]x-/, priority: 3 },
            { name: 'query-and-forms', test: /node_modules[\\/](@tanstack|react-hook-form|lodash)[\\/]/, priority: 2 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    // The dev server forwards API calls to the NestJS API started with `npm start`.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
