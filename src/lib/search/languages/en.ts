/** English: the standard stop-word list plus words of questions and chat, and Porter's stemmer. */
import { eng } from 'stopword';
import { stemmer } from 'stemmer';
import type { QueryLanguage } from './index.ts';

/** Words of questions and chat that say nothing about the topic, beyond the standard English list. */
const QUESTION_WORDS = [
	'does',
	'doesnt',
	'dont',
	'didnt',
	'cant',
	'cannot',
	'wont',
	'isnt',
	'arent',
	'havent',
	'hasnt',
	'im',
	'ive',
	'id',
	'its',
	'will',
	'please',
	'help',
	'hi',
	'hello',
	'thanks',
	'want',
	'need',
	'know',
	'tell',
	'anyone',
	'question',
	'possible',
	'when',
	'why',
	'there',
];

export const english: QueryLanguage = { stopWords: new Set([...eng, ...QUESTION_WORDS]), stem: stemmer };
