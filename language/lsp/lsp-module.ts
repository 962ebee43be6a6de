import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { PactoServices } from '../pacto-module.js';

/** Pacto's editor features: hover, completion, formatting, inlay hints, code lenses. */
export const PactoLspModule: Module<PactoServices, PartialLangiumServices> = {};
