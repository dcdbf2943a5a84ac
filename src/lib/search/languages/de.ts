/** German: the standard stop-word list plus words of questions and chat, and the Snowball stemmer. */
import { deu } from 'stopword';
import { stemmer } from '@orama/stemmers/german';
import type { QueryLanguage } from './index.ts';

/** Words of questions and chat that say nothing about the topic, beyond the standard German list. */
const QUESTION_WORDS = [
	'wie',
	'was',
	'wo',
	'wann',
	'warum',
	'welche',
	'welcher',
	'kann',
	'können',
	'muss',
	'möchte',
	'will',
	'bitte',
	'hallo',
	'danke',
	'frage',
	'hilfe',
	'möglich',
	'wissen',
	'ich',
	'mein',
	'meine',
	'meinen',
	'ihr',
	'ihre',
];

export const german: QueryLanguage = { stopWords: new Set([...deu, ...QUESTION_WORDS]), stem: stemmer };
