import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    typescript: {
      // Type-check the plain-JS front server too (it carries JSDoc types).
      config: (tsconfig) => {
        tsconfig.include.push('../server.js', '../front/**/*.js');
      },
    },
    // The portal ships no client-side JavaScript (csr is off), so 'self' plus SvelteKit's own
    // hashes is all any page may run; styles come from emitted CSS files only.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // Document bodies keep `text-align` in style attributes (the API's sanitizer drops every
        // other property), e.g. a right-aligned signature; attributes cannot load or run anything.
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
