import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// In development the gateway (http://127.0.0.1:8080) serves REST and the socket; the dev server
// proxies them so the app keeps using relative URLs, exactly as when the gateway serves it.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': gateway,
      '/ws': { target: gateway.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
