/**
 * Which project and regional centre serve each voivodeship, computed from the
 * models' `wojewodztwa`, `projekt` and `osrodki` (one source of truth) for the
 * page „Gdzie szukać wsparcia”.
 */
import type { Content, Model } from '../../content/entries.ts';
import { VOIVODESHIPS, type Voivodeship } from '../../domain/vocabulary.ts';

/** One voivodeship and what serves it; `model` is missing when no model's makroregion includes it. */
export interface SupportRow {
  readonly voivodeship: Voivodeship;
  readonly model?: Model;
  /** The project's centre seated in this voivodeship, when the model names one. */
  readonly centre?: string;
}

/** Every voivodeship, in alphabetical order, with its model and centre. */
export function supportByVoivodeship(content: Content): SupportRow[] {
  return [...VOIVODESHIPS]
    .sort((a, b) => a.localeCompare(b, 'pl'))
    .map((voivodeship) => {
      const model = content.models.find((m) => m.data.wojewodztwa.includes(voivodeship));
      if (!model) return { voivodeship };
      const centre = model.data.osrodki.find((o) => o.wojewodztwo === voivodeship)?.nazwa;
      return centre ? { voivodeship, model, centre } : { voivodeship, model };
    });
}
