/**
 * One place where /admin/ sees every save before a backend writes it: the files (path and text) Decap is
 * about to write for one entry. Each backend is wrapped where Decap registers it: the Git hosts in production,
 * and its `proxy` backend, which Decap swaps in for decap-server (`local_backend`).
 */

/** A file Decap is about to save: its path in the repository and its text. */
export interface SavedFile {
	path: string;
	raw: string;
}

/** A Decap backend's entry in its registry, and the part of a backend that saves files. */
export interface BackendEntry {
	init: (...args: unknown[]) => { persistEntry: (entry: { dataFiles: SavedFile[] }, options: unknown) => Promise<unknown> };
}

/** A step of every save: returns the files to save, or throws to refuse the save (Decap shows the error). */
export type SaveStep = (files: SavedFile[]) => SavedFile[] | Promise<SavedFile[]>;

const BACKENDS = ['proxy', 'github', 'gitlab', 'gitea', 'forgejo', 'bitbucket', 'azure', 'git-gateway'];

/** Runs `steps` in order on the files of every save, before any backend writes them. */
export function beforeEverySave(cms: { getBackend: (name: string) => BackendEntry | undefined }, steps: readonly SaveStep[]) {
	for (const name of BACKENDS) {
		const backend = cms.getBackend(name);
		if (!backend) continue;
		const init = backend.init;
		backend.init = (...args) => {
			const implementation = init(...args);
			const persist = implementation.persistEntry.bind(implementation);
			implementation.persistEntry = async (entry, options) => {
				let files = entry.dataFiles;
				for (const step of steps) files = await step(files);
				return persist({ ...entry, dataFiles: files }, options);
			};
			return implementation;
		};
	}
}
