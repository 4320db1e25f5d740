// Vite's module types for the UI: CSS imports and import.meta.env.
/// <reference types="vite/client" />
