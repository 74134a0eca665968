/// <reference types="vite/client" />
// Vite's client types: CSS imports and import.meta.env in the renderer.
