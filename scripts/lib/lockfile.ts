/** A lockfile entry npm left out for an optional platform package, and the entry to add. */
export interface MissingPlatformPackage {
	path: string;
	lockEntry: { version: string; optional: true; os: string[]; cpu: string[] };
}

const OS_NAMES: Record<string, string> = {
	darwin: 'darwin',
	linux: 'linux',
	win32: 'win32',
	windows: 'win32',
	freebsd: 'freebsd',
	android: 'android',
	openbsd: 'openbsd',
	sunos: 'sunos',
	aix: 'aix',
};
const CPU_NAMES = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'wasm32', 'loong64'];

/** Reads os and cpu from a platform package name such as `@pagefind/darwin-arm64` or `@x/binding-win32-x64-msvc`. */
export function platformOf(name: string): { os: string[]; cpu: string[] } | undefined {
	const parts = name.split('/').pop()!.split('-');
	const os = parts.map((part) => OS_NAMES[part]).find(Boolean);
	const cpu = parts.find((part) => CPU_NAMES.includes(part));
	if (cpu === 'wasm32') return { os: [], cpu: ['wasm32'] };
	return os && cpu ? { os: [os], cpu: [cpu] } : undefined;
}

/** Optional dependencies of locked packages that have no entry in the lockfile (npm lockfile v3). */
export function missingOptionalPackages(lock: {
	packages: Record<string, { version?: string; optionalDependencies?: Record<string, string> }>;
}): MissingPlatformPackage[] {
	const missing = new Map<string, MissingPlatformPackage>();
	for (const [path, entry] of Object.entries(lock.packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
			const hoisted = `node_modules/${name}`;
			if (lock.packages[nested] || lock.packages[hoisted] || missing.has(hoisted)) continue;
			const platform = platformOf(name);
			if (!platform || platform.cpu[0] === 'wasm32') continue;
			missing.set(hoisted, { path: hoisted, lockEntry: { version, optional: true, ...platform } });
		}
	}
	return [...missing.values()];
}
