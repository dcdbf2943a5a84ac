/** Dutch: the standard stop-word list plus words of questions and chat, and the Snowball stemmer. */
import { nld } from 'stopword';
import { stemmer } from '@orama/stemmers/dutch';
import type { QueryLanguage } from './index.ts';

/** Words of questions and chat that say nothing about the topic, beyond the standard Dutch list. */
const QUESTION_WORDS = [
	'hoe',
	'wat',
	'waar',
	'wanneer',
	'waarom',
	'welke',
	'kan',
	'kun',
	'kunnen',
	'moet',
	'wil',
	'graag',
	'alsjeblieft',
	'aub',
	'hallo',
	'hoi',
	'bedankt',
	'dank',
	'vraag',
	'help',
	'hulp',
	'mogelijk',
	'weten',
	'ik',
	'mijn',
	'jullie',
	'mn',
];

export const dutch: QueryLanguage = { stopWords: new Set([...nld, ...QUESTION_WORDS]), stem: stemmer };
