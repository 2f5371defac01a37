using Catalog.Sync;

// The sync worker and command line: `worker` runs the scheduled sync for scaled deployments; `load` loads a registry
// file by hand; `run` runs one sync now; `migrate` brings the database up to date. Each command lives with its
// feature; this only dispatches.
return await SyncCommandLine.RunAsync(args);
