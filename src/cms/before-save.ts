/**
 * One place where /admin/ sees every save and every deletion before a backend makes it: the files (path and
 * text) Decap is about to write for one entry, or the paths it is about to delete. Each backend is wrapped
 * where Decap registers it: the Git hosts in production, and its `proxy` backend, which Decap swaps in for
 * decap-server (`local_backend`).
 */

/** A file Decap is about to save: its path in the repository and its text. */
export interface SavedFile {
	path: string;
	raw: string;
}

/** A Decap backend's entry in its registry, and the parts of a backend that read, save and delete files. */
export interface BackendEntry {
	init: (...args: unknown[]) => {
		persistEntry: (entry: { dataFiles: SavedFile[]; assets?: { path: string }[] }, options: unknown) => Promise<unknown>;
		deleteFiles: (paths: string[], commitMessage: string) => Promise<unknown>;
		getEntry: (path: string) => Promise<{ data: string }>;
	};
}

/** What a step knows of the save besides its files. */
export interface SaveContext {
	/** A file as the backend has it now (undefined for a new file). */
	current: (path: string) => Promise<string | undefined>;
	/** Paths of the files uploaded with this save (images added in the editor are saved with the entry). */
	uploads: string[];
}

/** A step of every save: returns the files to save, or throws to refuse the save (Decap shows the error). */
export type SaveStep = (files: SavedFile[], save: SaveContext) => SavedFile[] | Promise<SavedFile[]>;

/** A check of every deletion (an entry with its translations, or an upload): throws to refuse it. */
export type DeleteCheck = (paths: string[]) => Promise<void>;

const BACKENDS = ['proxy', 'github', 'gitlab', 'gitea', 'forgejo', 'bitbucket', 'azure', 'git-gateway'];

/** Runs `beforeSave` in order on the files of every save, and `beforeDelete` on every deletion, before any backend acts. */
export function guardBackends(
	cms: { getBackend: (name: string) => BackendEntry | undefined },
	{ beforeSave, beforeDelete }: { beforeSave: readonly SaveStep[]; beforeDelete: readonly DeleteCheck[] },
) {
	for (const name of BACKENDS) {
		const backend = cms.getBackend(name);
		if (!backend) continue;
		const init = backend.init;
		backend.init = (...args) => {
			const implementation = init(...args);
			const persist = implementation.persistEntry.bind(implementation);
			const remove = implementation.deleteFiles.bind(implementation);
			const current = (path: string) =>
				implementation.getEntry(path).then(
					(file) => (typeof file?.data === 'string' ? file.data : undefined),
					() => undefined,
				);
			implementation.persistEntry = async (entry, options) => {
				let files = entry.dataFiles;
				const uploads = (entry.assets ?? []).map((asset) => asset.path);
				for (const step of beforeSave) files = await step(files, { current, uploads });
				return persist({ ...entry, dataFiles: files }, options);
			};
			implementation.deleteFiles = async (paths, commitMessage) => {
				for (const check of beforeDelete) await check(paths);
				return remove(paths, commitMessage);
			};
			return implementation;
		};
	}
}
