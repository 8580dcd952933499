// The `nos` command speaks the locale's language when no option names one. Its runs in the
// tests expect English whatever the machine's locale; the tests of the locale set their own.
for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete process.env[name];
