import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { SearchSettingsQuery } from '../../../gql/graphql';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { UpdateSearchSettingsMutation } from '../api/search-admin-operations';
import { parseStopWords, parseSynonymLines, synonymLines } from './synonym-text';

type Settings = SearchSettingsQuery['searchSettings'];

/** Admins: the synonyms and stop words search uses (applied to the index at once, or when search is back). */
export function SearchSettingsForm({ settings }: { settings: Settings }) {
  const [synonyms, setSynonyms] = useState(() => synonymLines(settings.synonyms));
  const [stopWords, setStopWords] = useState(() => settings.stopWords.join(', '));
  const [applied, setApplied] = useState(settings.applied);
  const [update] = useMutation(UpdateSearchSettingsMutation);
  const form = useFormSubmit({
    fields: ['synonyms', 'stopWords'],
    validate: () => ({
      synonyms: parseSynonymLines(synonyms).some((g) => g.synonyms.length === 0) ? 'Give each word on a line at least one synonym, after a comma' : undefined,
    }),
    submit: async () => {
      const { data } = await update({ variables: { input: { synonyms: parseSynonymLines(synonyms), stopWords: parseStopWords(stopWords) } } });
      if (data) {
        setSynonyms(synonymLines(data.updateSearchSettings.synonyms));
        setStopWords(data.updateSearchSettings.stopWords.join(', '));
        setApplied(data.updateSearchSettings.applied);
      }
    },
  });

  return (
    <Form form={form} aria-label="Search settings">
      <TextareaField
        label="Synonyms"
        name="synonyms"
        hint="One group per line, words separated by commas: each word also finds the others (sso, single sign-on, saml)"
        rows={6}
        spellCheck={false}
        value={synonyms}
        {...form.field('synonyms', setSynonyms)}
      />
      <TextareaField
        label="Stop words"
        name="stopWords"
        hint="Words search ignores, separated by commas or lines (on top of the built-in English list)"
        rows={3}
        spellCheck={false}
        value={stopWords}
        {...form.field('stopWords', setStopWords)}
      />
      {form.saved &&
        (applied ? (
          <Alert tone="success">Saved. Search uses them now.</Alert>
        ) : (
          <Alert tone="warning">Saved. Search is unavailable right now; they apply as soon as it is back.</Alert>
        ))}
      <div className="form__actions">
        <SubmitButton form={form}>Save search settings</SubmitButton>
      </div>
    </Form>
  );
}
