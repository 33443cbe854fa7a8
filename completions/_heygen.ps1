
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'heygen' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'heygen'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'heygen' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('asset', 'asset', [CompletionResultType]::ParameterValue, 'Upload and finalize assets')
            [CompletionResult]::new('avatar', 'avatar', [CompletionResultType]::ParameterValue, 'Create avatars and follow their training')
            [CompletionResult]::new('video-agent', 'video-agent', [CompletionResultType]::ParameterValue, 'Make videos from a prompt and your files, and download them')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Show or download a video by its id: the video, captioned, its subtitles, its thumbnail')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, show or remove the API key')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;asset' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones')
            [CompletionResult]::new('direct-upload', 'direct-upload', [CompletionResultType]::ParameterValue, 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Finalize direct uploads whose bytes have arrived')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Drop the reuse records that --reuse reads, for these files'' bytes or all of them')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the assets of your HeyGen library, newest first (HeyGen''s list is in beta)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show assets by id: id, type, name, when uploaded, URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete assets by id (asks first on a terminal; give --yes anywhere else)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether assets are still being processed; --wait until none is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;asset;upload' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also upload the files listed in PATH, one per line, blank lines and # comments ignored (`-` for standard input)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'The file name HeyGen gets for FILE `-` (standard input) [default: stdin.EXT by its type]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Send this MIME type instead of the one detected from the bytes (skips the type check)')
            [CompletionResult]::new('--reuse', '--reuse', [CompletionResultType]::ParameterName, 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('-0', '-0', [CompletionResultType]::ParameterName, 'The list from --files-from is separated by NUL bytes (as find -print0 writes)')
            [CompletionResult]::new('--null', '--null', [CompletionResultType]::ParameterName, 'The list from --files-from is separated by NUL bytes (as find -print0 writes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the files and print the plan (size, type, path and why) without sending anything')
            [CompletionResult]::new('--no-checksum', '--no-checksum', [CompletionResultType]::ParameterName, 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'List the files that fail the checks and upload the rest (without it, one invalid file stops the run before anything is sent)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;direct-upload' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also upload the files listed in PATH, one per line, blank lines and # comments ignored (`-` for standard input)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'The file name HeyGen gets for FILE `-` (standard input) [default: stdin.EXT by its type]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--content-type', '--content-type', [CompletionResultType]::ParameterName, 'Send this MIME type instead of the one detected from the bytes (skips the type check)')
            [CompletionResult]::new('--reuse', '--reuse', [CompletionResultType]::ParameterName, 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('-0', '-0', [CompletionResultType]::ParameterName, 'The list from --files-from is separated by NUL bytes (as find -print0 writes)')
            [CompletionResult]::new('--null', '--null', [CompletionResultType]::ParameterName, 'The list from --files-from is separated by NUL bytes (as find -print0 writes)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the files and print the plan (size, type, path and why) without sending anything')
            [CompletionResult]::new('--no-checksum', '--no-checksum', [CompletionResultType]::ParameterName, 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'List the files that fail the checks and upload the rest (without it, one invalid file stops the run before anything is sent)')
            [CompletionResult]::new('--no-complete', '--no-complete', [CompletionResultType]::ParameterName, 'Stop after the bytes are stored; finalize later with `heygen asset complete`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;complete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Complete every upload this computer stored but did not complete, of this base URL and key (see `heygen asset pending`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;pending' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Remove the resume records of the FILEs named (or of every file, with --all) instead of listing')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'With --clear: remove every resume record')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'With --clear: remove the records of uploads to an API on this computer that no longer answers (a sandbox that stopped; listed as "(API gone)")')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;forget' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Drop every reuse record, for every key and base URL')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N assets (1 to 10000)')
            [CompletionResult]::new('--folder-id', '--folder-id', [CompletionResultType]::ParameterName, 'Only the assets in this folder')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only assets of this type')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Whose assets (HeyGen''s list wants a username for now); default: the key''s own, from GET /v3/users/me')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every asset, following all pages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;delete' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Also delete the ids listed in PATH, one per line (`-` for standard input)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (needed where there is no terminal to ask on)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (needed where there is no terminal to ask on)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;status' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until none is queued or processing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;asset;help' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones')
            [CompletionResult]::new('direct-upload', 'direct-upload', [CompletionResultType]::ParameterValue, 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Finalize direct uploads whose bytes have arrived')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Drop the reuse records that --reuse reads, for these files'' bytes or all of them')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the assets of your HeyGen library, newest first (HeyGen''s list is in beta)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show assets by id: id, type, name, when uploaded, URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete assets by id (asks first on a terminal; give --yes anywhere else)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether assets are still being processed; --wait until none is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;asset;help;upload' {
            break
        }
        'heygen;asset;help;direct-upload' {
            break
        }
        'heygen;asset;help;complete' {
            break
        }
        'heygen;asset;help;pending' {
            break
        }
        'heygen;asset;help;forget' {
            break
        }
        'heygen;asset;help;list' {
            break
        }
        'heygen;asset;help;get' {
            break
        }
        'heygen;asset;help;delete' {
            break
        }
        'heygen;asset;help;status' {
            break
        }
        'heygen;asset;help;help' {
            break
        }
        'heygen;avatar' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an avatar from a local file, an asset id or a URL')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an avatar group''s training status')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Get the consent page of a digital twin''s person, or submit a recorded consent video')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;avatar;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The avatar''s name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'A photo avatar (from an image) or a digital twin (from a video)')
            [CompletionResult]::new('--asset-id', '--asset-id', [CompletionResultType]::ParameterName, 'An asset already uploaded and completed')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A file HeyGen fetches itself (http or https)')
            [CompletionResult]::new('--reuse', '--reuse', [CompletionResultType]::ParameterName, 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until HeyGen has finished training the avatar (at most --wait-timeout)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;avatar;status' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until training is done (at most --wait-timeout)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;avatar;consent' {
            [CompletionResult]::new('--video', '--video', [CompletionResultType]::ParameterName, 'A recorded consent video to submit (uploaded first); without one, the consent page''s URL is printed')
            [CompletionResult]::new('--asset-id', '--asset-id', [CompletionResultType]::ParameterName, 'A consent video already uploaded')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A consent video HeyGen fetches itself (https)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then follow training to the end (a submitted video is reviewed first)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;avatar;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an avatar from a local file, an asset id or a URL')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an avatar group''s training status')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Get the consent page of a digital twin''s person, or submit a recorded consent video')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;avatar;help;create' {
            break
        }
        'heygen;avatar;help;status' {
            break
        }
        'heygen;avatar;help;consent' {
            break
        }
        'heygen;avatar;help;help' {
            break
        }
        'heygen;video-agent' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a session''s status; --wait or --output follow it to the finished video')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a session''s run at its next checkpoint, keeping what it made')
            [CompletionResult]::new('videos', 'videos', [CompletionResultType]::ParameterValue, 'List the videos a session made, newest first (id, status, duration, title)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;video-agent;create' {
            [CompletionResult]::new('--prompt', '--prompt', [CompletionResultType]::ParameterName, 'What the video should be (1 to 10,000 characters)')
            [CompletionResult]::new('--prompt-file', '--prompt-file', [CompletionResultType]::ParameterName, 'Read the prompt from PATH (`-` for standard input)')
            [CompletionResult]::new('--asset-id', '--asset-id', [CompletionResultType]::ParameterName, 'Attach an asset already uploaded (repeatable)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Attach a file HeyGen fetches itself, https only (repeatable)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--reuse', '--reuse', [CompletionResultType]::ParameterName, 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'generate (HeyGen''s default) makes the video at once; chat may ask questions first')
            [CompletionResult]::new('--orientation', '--orientation', [CompletionResultType]::ParameterName, 'The video''s orientation')
            [CompletionResult]::new('--avatar-id', '--avatar-id', [CompletionResultType]::ParameterName, 'The avatar to present the video')
            [CompletionResult]::new('--voice-id', '--voice-id', [CompletionResultType]::ParameterName, 'The voice to narrate it')
            [CompletionResult]::new('--style-id', '--style-id', [CompletionResultType]::ParameterName, 'The visual style')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Download the finished video to PATH (`-`: standard output); implies --wait')
            [CompletionResult]::new('--subtitles', '--subtitles', [CompletionResultType]::ParameterName, 'Also download the subtitles (SRT) to PATH')
            [CompletionResult]::new('--thumbnail', '--thumbnail', [CompletionResultType]::ParameterName, 'Also download the thumbnail (JPEG) to PATH')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the finished video (at most --wait-timeout) and print its id')
            [CompletionResult]::new('--captioned', '--captioned', [CompletionResultType]::ParameterName, 'Download the captioned video (captions burned in) instead of the plain one')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace PATH (and the other files asked for) when it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;video-agent;status' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Download the finished video to PATH (`-`: standard output); implies --wait')
            [CompletionResult]::new('--subtitles', '--subtitles', [CompletionResultType]::ParameterName, 'Also download the subtitles (SRT) to PATH')
            [CompletionResult]::new('--thumbnail', '--thumbnail', [CompletionResultType]::ParameterName, 'Also download the thumbnail (JPEG) to PATH')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the finished video (at most --wait-timeout) and print its id')
            [CompletionResult]::new('--captioned', '--captioned', [CompletionResultType]::ParameterName, 'Download the captioned video (captions burned in) instead of the plain one')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace PATH (and the other files asked for) when it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;video-agent;send' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'What to tell the agent: an answer, more context or an edit (1 to 10,000 characters)')
            [CompletionResult]::new('--message-file', '--message-file', [CompletionResultType]::ParameterName, 'Read the message from PATH (`-` for standard input)')
            [CompletionResult]::new('--asset-id', '--asset-id', [CompletionResultType]::ParameterName, 'Attach an asset already uploaded (repeatable)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Attach a file HeyGen fetches itself, https only (repeatable)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many files go up at once (1 to 64)')
            [CompletionResult]::new('--reuse', '--reuse', [CompletionResultType]::ParameterName, 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Download the finished video to PATH (`-`: standard output); implies --wait')
            [CompletionResult]::new('--subtitles', '--subtitles', [CompletionResultType]::ParameterName, 'Also download the subtitles (SRT) to PATH')
            [CompletionResult]::new('--thumbnail', '--thumbnail', [CompletionResultType]::ParameterName, 'Also download the thumbnail (JPEG) to PATH')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the finished video (at most --wait-timeout) and print its id')
            [CompletionResult]::new('--captioned', '--captioned', [CompletionResultType]::ParameterName, 'Download the captioned video (captions burned in) instead of the plain one')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace PATH (and the other files asked for) when it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;video-agent;stop' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;video-agent;videos' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;video-agent;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a session''s status; --wait or --output follow it to the finished video')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a session''s run at its next checkpoint, keeping what it made')
            [CompletionResult]::new('videos', 'videos', [CompletionResultType]::ParameterValue, 'List the videos a session made, newest first (id, status, duration, title)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;video-agent;help;create' {
            break
        }
        'heygen;video-agent;help;status' {
            break
        }
        'heygen;video-agent;help;send' {
            break
        }
        'heygen;video-agent;help;stop' {
            break
        }
        'heygen;video-agent;help;videos' {
            break
        }
        'heygen;video-agent;help;help' {
            break
        }
        'heygen;video' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a video''s status (processing, completed, failed); --wait until it is done')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;video;status' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until it is rendered (at most --wait-timeout)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;video;download' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where the video goes [default: VIDEO_ID.mp4] (`-`: standard output)')
            [CompletionResult]::new('--subtitles', '--subtitles', [CompletionResultType]::ParameterName, 'Also download the subtitles (SRT) to PATH')
            [CompletionResult]::new('--thumbnail', '--thumbnail', [CompletionResultType]::ParameterName, 'Also download the thumbnail (JPEG) to PATH')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--captioned', '--captioned', [CompletionResultType]::ParameterName, 'Download the captioned video (captions burned in) instead of the plain one')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that exist')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the video is rendered first (at most --wait-timeout)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;video;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a video''s status (processing, completed, failed); --wait until it is done')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;video;help;status' {
            break
        }
        'heygen;video;help;download' {
            break
        }
        'heygen;video;help;help' {
            break
        }
        'heygen;auth' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a key in heygen''s config file, read from standard input or a hidden prompt, once HeyGen has accepted it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which key is in effect (masked), where it comes from, and its account')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the key from heygen''s config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;auth;login' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Save the key without asking HeyGen whether it works (offline set-up)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;auth;status' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Do not ask HeyGen for the account: show the key and its source only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;auth;logout' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a key in heygen''s config file, read from standard input or a hidden prompt, once HeyGen has accepted it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which key is in effect (masked), where it comes from, and its account')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the key from heygen''s config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;auth;help;login' {
            break
        }
        'heygen;auth;help;status' {
            break
        }
        'heygen;auth;help;logout' {
            break
        }
        'heygen;auth;help;help' {
            break
        }
        'heygen;completions' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;sandbox' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Folder that keeps the uploaded bytes [default: a temporary folder]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Also write the export lines to PATH, in one step once the sandbox listens (a script waits for the file, then sources it); the file is removed when the sandbox stops')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The one API key the sandbox accepts')
            [CompletionResult]::new('--max-bytes', '--max-bytes', [CompletionResultType]::ParameterName, 'Largest file the presigned flow takes (answered as max_bytes)')
            [CompletionResult]::new('--url-ttl', '--url-ttl', [CompletionResultType]::ParameterName, 'How long an upload URL stays valid')
            [CompletionResult]::new('--oauth-credentials', '--oauth-credentials', [CompletionResultType]::ParameterName, 'With --oauth: write the login to PATH as HeyGen''s CLI''s credentials file (point HEYGEN_CONFIG_DIR at its folder, named `credentials`)')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Fail on purpose, to rehearse retries and resume: NAME=N,... fails the next N matching requests (e.g. init-429=2,put-drop=1)')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'Presign uploads for an S3-compatible store at this URL (http(s)://host[:port]) instead of the sandbox''s own storage; credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY')
            [CompletionResult]::new('--s3-bucket', '--s3-bucket', [CompletionResultType]::ParameterName, 'The bucket uploads go to (path-style, ENDPOINT/BUCKET/uploads/ASSET_ID/NAME); it must exist')
            [CompletionResult]::new('--s3-region', '--s3-region', [CompletionResultType]::ParameterName, 'Region the S3 signatures are made for')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Fail a request when no byte has moved for this many seconds')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a certificate made at start for 127.0.0.1, ::1 and localhost, signed by a throwaway CA written under --data (trust it with HEYGEN_CA_FILE)')
            [CompletionResult]::new('--oauth', '--oauth', [CompletionResultType]::ParameterName, 'Also make an OAuth login, as HeyGen''s CLI holds one: an access token (valid an hour) and a refresh token, printed on stderr; the token endpoint is at /v1/oauth/token')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object per item on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'heygen;help' {
            [CompletionResult]::new('asset', 'asset', [CompletionResultType]::ParameterValue, 'Upload and finalize assets')
            [CompletionResult]::new('avatar', 'avatar', [CompletionResultType]::ParameterValue, 'Create avatars and follow their training')
            [CompletionResult]::new('video-agent', 'video-agent', [CompletionResultType]::ParameterValue, 'Make videos from a prompt and your files, and download them')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Show or download a video by its id: the video, captioned, its subtitles, its thumbnail')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Store, show or remove the API key')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a completion script for a shell')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'heygen;help;asset' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones')
            [CompletionResult]::new('direct-upload', 'direct-upload', [CompletionResultType]::ParameterValue, 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Finalize direct uploads whose bytes have arrived')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Drop the reuse records that --reuse reads, for these files'' bytes or all of them')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the assets of your HeyGen library, newest first (HeyGen''s list is in beta)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show assets by id: id, type, name, when uploaded, URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete assets by id (asks first on a terminal; give --yes anywhere else)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether assets are still being processed; --wait until none is')
            break
        }
        'heygen;help;asset;upload' {
            break
        }
        'heygen;help;asset;direct-upload' {
            break
        }
        'heygen;help;asset;complete' {
            break
        }
        'heygen;help;asset;pending' {
            break
        }
        'heygen;help;asset;forget' {
            break
        }
        'heygen;help;asset;list' {
            break
        }
        'heygen;help;asset;get' {
            break
        }
        'heygen;help;asset;delete' {
            break
        }
        'heygen;help;asset;status' {
            break
        }
        'heygen;help;avatar' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an avatar from a local file, an asset id or a URL')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show an avatar group''s training status')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Get the consent page of a digital twin''s person, or submit a recorded consent video')
            break
        }
        'heygen;help;avatar;create' {
            break
        }
        'heygen;help;avatar;status' {
            break
        }
        'heygen;help;avatar;consent' {
            break
        }
        'heygen;help;video-agent' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a session''s status; --wait or --output follow it to the finished video')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a session''s run at its next checkpoint, keeping what it made')
            [CompletionResult]::new('videos', 'videos', [CompletionResultType]::ParameterValue, 'List the videos a session made, newest first (id, status, duration, title)')
            break
        }
        'heygen;help;video-agent;create' {
            break
        }
        'heygen;help;video-agent;status' {
            break
        }
        'heygen;help;video-agent;send' {
            break
        }
        'heygen;help;video-agent;stop' {
            break
        }
        'heygen;help;video-agent;videos' {
            break
        }
        'heygen;help;video' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a video''s status (processing, completed, failed); --wait until it is done')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)')
            break
        }
        'heygen;help;video;status' {
            break
        }
        'heygen;help;video;download' {
            break
        }
        'heygen;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a key in heygen''s config file, read from standard input or a hidden prompt, once HeyGen has accepted it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which key is in effect (masked), where it comes from, and its account')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the key from heygen''s config file')
            break
        }
        'heygen;help;auth;login' {
            break
        }
        'heygen;help;auth;status' {
            break
        }
        'heygen;help;auth;logout' {
            break
        }
        'heygen;help;completions' {
            break
        }
        'heygen;help;sandbox' {
            break
        }
        'heygen;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
