// See https://svelte.dev/docs/kit/types#app.d.ts
import type { DisplayMode } from '../front/mode.js';

declare global {
  namespace App {
    interface Locals {
      /** 适老化 (care) or standard display, from the `gk_mode` cookie. */
      mode: DisplayMode;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
