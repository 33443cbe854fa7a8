# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_heygen_global_optspecs
    string join \n api-key= base-url= json q/quiet v/verbose timeout= progress= retries= wait-timeout= ca-file= h/help V/version
end

function __fish_heygen_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_heygen_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_heygen_using_subcommand
    set -l cmd (__fish_heygen_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c heygen -n "__fish_heygen_needs_command" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_needs_command" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_needs_command" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_needs_command" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_needs_command" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_needs_command" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_needs_command" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_needs_command" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_needs_command" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_needs_command" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_needs_command" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_needs_command" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "asset" -d 'Upload and finalize assets'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "avatar" -d 'Create avatars and follow their training'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "video-agent" -d 'Make videos from a prompt and your files, and download them'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "video" -d 'Show or download a video by its id: the video, captioned, its subtitles, its thumbnail'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "auth" -d 'Store, show or remove the API key'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "completions" -d 'Print a completion script for a shell'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "sandbox" -d 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline'
complete -c heygen -n "__fish_heygen_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "upload" -d 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "direct-upload" -d 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "complete" -d 'Finalize direct uploads whose bytes have arrived'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "pending" -d 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "forget" -d 'Drop the reuse records that --reuse reads, for these files\' bytes or all of them'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "list" -d 'List the assets of your HeyGen library, newest first (HeyGen\'s list is in beta)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "get" -d 'Show assets by id: id, type, name, when uploaded, URL'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "delete" -d 'Delete assets by id (asks first on a terminal; give --yes anywhere else)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "status" -d 'Show whether assets are still being processed; --wait until none is'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and not __fish_seen_subcommand_from upload direct-upload complete pending forget list get delete status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l files-from -d 'Also upload the files listed in PATH, one per line, blank lines and # comments ignored (`-` for standard input)' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l filename -d 'The file name HeyGen gets for FILE `-` (standard input) [default: stdin.EXT by its type]' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -s j -l jobs -d 'How many files go up at once (1 to 64)' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l content-type -d 'Send this MIME type instead of the one detected from the bytes (skips the type check)' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l reuse -d 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead' -r -f -a "true\t''
false\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l batch -d 'Send many files through HeyGen\'s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -s 0 -l null -d 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l dry-run -d 'Check the files and print the plan (size, type, path and why) without sending anything'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l no-checksum -d 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l skip-invalid -d 'List the files that fail the checks and upload the rest (without it, one invalid file stops the run before anything is sent)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l files-from -d 'Also upload the files listed in PATH, one per line, blank lines and # comments ignored (`-` for standard input)' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l filename -d 'The file name HeyGen gets for FILE `-` (standard input) [default: stdin.EXT by its type]' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -s j -l jobs -d 'How many files go up at once (1 to 64)' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l content-type -d 'Send this MIME type instead of the one detected from the bytes (skips the type check)' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l reuse -d 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead' -r -f -a "true\t''
false\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l batch -d 'Send many files through HeyGen\'s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -s 0 -l null -d 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l dry-run -d 'Check the files and print the plan (size, type, path and why) without sending anything'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l no-checksum -d 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l skip-invalid -d 'List the files that fail the checks and upload the rest (without it, one invalid file stops the run before anything is sent)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l no-complete -d 'Stop after the bytes are stored; finalize later with `heygen asset complete`'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from direct-upload" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l pending -d 'Complete every upload this computer stored but did not complete, of this base URL and key (see `heygen asset pending`)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from complete" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l clear -d 'Remove the resume records of the FILEs named (or of every file, with --all) instead of listing'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l all -d 'With --clear: remove every resume record'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l stale -d 'With --clear: remove the records of uploads to an API on this computer that no longer answers (a sandbox that stopped; listed as "(API gone)")'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from pending" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l all -d 'Drop every reuse record, for every key and base URL'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from forget" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N assets (1 to 10000)' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l folder-id -d 'Only the assets in this folder' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l type -d 'Only assets of this type' -r -f -a "image\t''
video\t''
audio\t''
font\t''
document\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l username -d 'Whose assets (HeyGen\'s list wants a username for now); default: the key\'s own, from GET /v3/users/me' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l all -d 'Show every asset, following all pages'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l from-file -d 'Also delete the ids listed in PATH, one per line (`-` for standard input)' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (needed where there is no terminal to ask on)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l wait -d 'Wait until none is queued or processing'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "direct-upload" -d 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Finalize direct uploads whose bytes have arrived'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "pending" -d 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Drop the reuse records that --reuse reads, for these files\' bytes or all of them'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the assets of your HeyGen library, newest first (HeyGen\'s list is in beta)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show assets by id: id, type, name, when uploaded, URL'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete assets by id (asks first on a terminal; give --yes anywhere else)'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether assets are still being processed; --wait until none is'
complete -c heygen -n "__fish_heygen_using_subcommand asset; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -f -a "create" -d 'Create an avatar from a local file, an asset id or a URL'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -f -a "status" -d 'Show an avatar group\'s training status'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -f -a "consent" -d 'Get the consent page of a digital twin\'s person, or submit a recorded consent video'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and not __fish_seen_subcommand_from create status consent help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l name -d 'The avatar\'s name' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l type -d 'A photo avatar (from an image) or a digital twin (from a video)' -r -f -a "photo\t''
digital-twin\t''"
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l asset-id -d 'An asset already uploaded and completed' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l url -d 'A file HeyGen fetches itself (http or https)' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l reuse -d 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead' -r -f -a "true\t''
false\t''"
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l wait -d 'Wait until HeyGen has finished training the avatar (at most --wait-timeout)'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l wait -d 'Wait until training is done (at most --wait-timeout)'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l video -d 'A recorded consent video to submit (uploaded first); without one, the consent page\'s URL is printed' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l asset-id -d 'A consent video already uploaded' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l url -d 'A consent video HeyGen fetches itself (https)' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l wait -d 'Then follow training to the end (a submitted video is reviewed first)'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from consent" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an avatar from a local file, an asset id or a URL'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show an avatar group\'s training status'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from help" -f -a "consent" -d 'Get the consent page of a digital twin\'s person, or submit a recorded consent video'
complete -c heygen -n "__fish_heygen_using_subcommand avatar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -f -a "create" -d 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -f -a "status" -d 'Show a session\'s status; --wait or --output follow it to the finished video'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -f -a "send" -d 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -f -a "stop" -d 'Stop a session\'s run at its next checkpoint, keeping what it made'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -f -a "videos" -d 'List the videos a session made, newest first (id, status, duration, title)'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and not __fish_seen_subcommand_from create status send stop videos help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l prompt -d 'What the video should be (1 to 10,000 characters)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l prompt-file -d 'Read the prompt from PATH (`-` for standard input)' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l asset-id -d 'Attach an asset already uploaded (repeatable)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l url -d 'Attach a file HeyGen fetches itself, https only (repeatable)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -s j -l jobs -d 'How many files go up at once (1 to 64)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l reuse -d 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead' -r -f -a "true\t''
false\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l batch -d 'Send many files through HeyGen\'s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l mode -d 'generate (HeyGen\'s default) makes the video at once; chat may ask questions first' -r -f -a "generate\t''
chat\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l orientation -d 'The video\'s orientation' -r -f -a "landscape\t''
portrait\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l avatar-id -d 'The avatar to present the video' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l voice-id -d 'The voice to narrate it' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l style-id -d 'The visual style' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l output -d 'Download the finished video to PATH (`-`: standard output); implies --wait' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l subtitles -d 'Also download the subtitles (SRT) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l thumbnail -d 'Also download the thumbnail (JPEG) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l wait -d 'Wait for the finished video (at most --wait-timeout) and print its id'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l captioned -d 'Download the captioned video (captions burned in) instead of the plain one'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l force -d 'Replace PATH (and the other files asked for) when it exists'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l output -d 'Download the finished video to PATH (`-`: standard output); implies --wait' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l subtitles -d 'Also download the subtitles (SRT) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l thumbnail -d 'Also download the thumbnail (JPEG) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l wait -d 'Wait for the finished video (at most --wait-timeout) and print its id'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l captioned -d 'Download the captioned video (captions burned in) instead of the plain one'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l force -d 'Replace PATH (and the other files asked for) when it exists'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l message -d 'What to tell the agent: an answer, more context or an edit (1 to 10,000 characters)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l message-file -d 'Read the message from PATH (`-` for standard input)' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l asset-id -d 'Attach an asset already uploaded (repeatable)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l url -d 'Attach a file HeyGen fetches itself, https only (repeatable)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -s j -l jobs -d 'How many files go up at once (1 to 64)' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l reuse -d 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead' -r -f -a "true\t''
false\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l batch -d 'Send many files through HeyGen\'s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l output -d 'Download the finished video to PATH (`-`: standard output); implies --wait' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l subtitles -d 'Also download the subtitles (SRT) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l thumbnail -d 'Also download the thumbnail (JPEG) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l wait -d 'Wait for the finished video (at most --wait-timeout) and print its id'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l captioned -d 'Download the captioned video (captions burned in) instead of the plain one'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l force -d 'Replace PATH (and the other files asked for) when it exists'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from videos" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from help" -f -a "create" -d 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show a session\'s status; --wait or --output follow it to the finished video'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from help" -f -a "send" -d 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a session\'s run at its next checkpoint, keeping what it made'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from help" -f -a "videos" -d 'List the videos a session made, newest first (id, status, duration, title)'
complete -c heygen -n "__fish_heygen_using_subcommand video-agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -f -a "status" -d 'Show a video\'s status (processing, completed, failed); --wait until it is done'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -f -a "download" -d 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)'
complete -c heygen -n "__fish_heygen_using_subcommand video; and not __fish_seen_subcommand_from status download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l wait -d 'Wait until it is rendered (at most --wait-timeout)'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l output -d 'Where the video goes [default: VIDEO_ID.mp4] (`-`: standard output)' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l subtitles -d 'Also download the subtitles (SRT) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l thumbnail -d 'Also download the thumbnail (JPEG) to PATH' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l captioned -d 'Download the captioned video (captions burned in) instead of the plain one'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l force -d 'Replace files that exist'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l wait -d 'Wait until the video is rendered first (at most --wait-timeout)'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show a video\'s status (processing, completed, failed); --wait until it is done'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)'
complete -c heygen -n "__fish_heygen_using_subcommand video; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Store a key in heygen\'s config file, read from standard input or a hidden prompt, once HeyGen has accepted it'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Show which key is in effect (masked), where it comes from, and its account'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove the key from heygen\'s config file'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-verify -d 'Save the key without asking HeyGen whether it works (offline set-up)'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l offline -d 'Do not ask HeyGen for the account: show the key and its source only'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store a key in heygen\'s config file, read from standard input or a hidden prompt, once HeyGen has accepted it'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show which key is in effect (masked), where it comes from, and its account'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the key from heygen\'s config file'
complete -c heygen -n "__fish_heygen_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand completions" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand completions" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand completions" -s h -l help -d 'Print help'
complete -c heygen -n "__fish_heygen_using_subcommand completions" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l listen -d 'Address to listen on (port 0 picks a free one)' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l data -d 'Folder that keeps the uploaded bytes [default: a temporary folder]' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l env-file -d 'Also write the export lines to PATH, in one step once the sandbox listens (a script waits for the file, then sources it); the file is removed when the sandbox stops' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l key -d 'The one API key the sandbox accepts' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l max-bytes -d 'Largest file the presigned flow takes (answered as max_bytes)' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l url-ttl -d 'How long an upload URL stays valid' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l oauth-credentials -d 'With --oauth: write the login to PATH as HeyGen\'s CLI\'s credentials file (point HEYGEN_CONFIG_DIR at its folder, named `credentials`)' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l fault -d 'Fail on purpose, to rehearse retries and resume: NAME=N,... fails the next N matching requests (e.g. init-429=2,put-drop=1)' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l s3-endpoint -d 'Presign uploads for an S3-compatible store at this URL (http(s)://host[:port]) instead of the sandbox\'s own storage; credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l s3-bucket -d 'The bucket uploads go to (path-style, ENDPOINT/BUCKET/uploads/ASSET_ID/NAME); it must exist' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l s3-region -d 'Region the S3 signatures are made for' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l api-key -d 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen\'s config file (heygen auth login), then the credentials file of HeyGen\'s CLI' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l base-url -d 'API base URL' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l timeout -d 'Fail a request when no byte has moved for this many seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l progress -d 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none' -r -f -a "auto\t''
bar\t''
plain\t''
none\t''"
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l retries -d 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen\'s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l wait-timeout -d 'How long to wait for HeyGen to finish work (an avatar\'s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds' -r
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l ca-file -d 'PEM certificates to trust for HTTPS on top of the system\'s (SSL_CERT_FILE and SSL_CERT_DIR replace the system\'s), for heygen alone' -r -F
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l tls -d 'Serve HTTPS with a certificate made at start for 127.0.0.1, ::1 and localhost, signed by a throwaway CA written under --data (trust it with HEYGEN_CA_FILE)'
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l oauth -d 'Also make an OAuth login, as HeyGen\'s CLI holds one: an access token (valid an hour) and a refresh token, printed on stderr; the token endpoint is at /v1/oauth/token'
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -l json -d 'Print one JSON object per item on stdout'
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -s q -l quiet -d 'Print nothing on stderr but errors'
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -s v -l verbose -d 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c heygen -n "__fish_heygen_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "asset" -d 'Upload and finalize assets'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "avatar" -d 'Create avatars and follow their training'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "video-agent" -d 'Make videos from a prompt and your files, and download them'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "video" -d 'Show or download a video by its id: the video, captioned, its subtitles, its thumbnail'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "auth" -d 'Store, show or remove the API key'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "completions" -d 'Print a completion script for a shell'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "sandbox" -d 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline'
complete -c heygen -n "__fish_heygen_using_subcommand help; and not __fish_seen_subcommand_from asset avatar video-agent video auth completions sandbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "upload" -d 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "direct-upload" -d 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "complete" -d 'Finalize direct uploads whose bytes have arrived'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "pending" -d 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "forget" -d 'Drop the reuse records that --reuse reads, for these files\' bytes or all of them'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "list" -d 'List the assets of your HeyGen library, newest first (HeyGen\'s list is in beta)'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "get" -d 'Show assets by id: id, type, name, when uploaded, URL'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "delete" -d 'Delete assets by id (asks first on a terminal; give --yes anywhere else)'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from asset" -f -a "status" -d 'Show whether assets are still being processed; --wait until none is'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from avatar" -f -a "create" -d 'Create an avatar from a local file, an asset id or a URL'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from avatar" -f -a "status" -d 'Show an avatar group\'s training status'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from avatar" -f -a "consent" -d 'Get the consent page of a digital twin\'s person, or submit a recorded consent video'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from video-agent" -f -a "create" -d 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from video-agent" -f -a "status" -d 'Show a session\'s status; --wait or --output follow it to the finished video'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from video-agent" -f -a "send" -d 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from video-agent" -f -a "stop" -d 'Stop a session\'s run at its next checkpoint, keeping what it made'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from video-agent" -f -a "videos" -d 'List the videos a session made, newest first (id, status, duration, title)'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from video" -f -a "status" -d 'Show a video\'s status (processing, completed, failed); --wait until it is done'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from video" -f -a "download" -d 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store a key in heygen\'s config file, read from standard input or a hidden prompt, once HeyGen has accepted it'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show which key is in effect (masked), where it comes from, and its account'
complete -c heygen -n "__fish_heygen_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the key from heygen\'s config file'
