;;; emacs-driver.el --- drives Emacs in batch mode for emacs.test.ts  -*- lexical-binding: t -*-

;; Loaded after the README's configuration: opens each draft (eglot starts through
;; `eglot-ensure' once the command that opened it ends), waits until eglot has the
;; diagnostics of the buffer's version and Flymake shows them, types the edit, saves,
;; waits again, and writes what Flymake shows for each as JSON. It reads eglot's state
;; through the internal variables of eglot 1.9, the version Debian ships for Emacs 28.

(require 'cl-lib)
(require 'eglot)
(require 'flymake)
(require 'json)

(defvar nos-test-reported (make-hash-table :test #'equal)
  "The version of the last diagnostics report received, by document URI.")

(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (puthash (plist-get params :uri) (plist-get params :version) nos-test-reported))))

(defun nos-test-settled-p ()
  "Whether Flymake shows the diagnostics eglot received for the buffer's current version."
  (and eglot--managed-mode
       (null eglot--recent-changes)
       (equal (gethash (eglot--path-to-uri buffer-file-name) nos-test-reported)
              eglot--versioned-identifier)
       (cl-every (lambda (d) (memq d (flymake-diagnostics))) eglot--diagnostics)
       (= (length (flymake-diagnostics)) (length eglot--diagnostics))))

(defun nos-test-await (what)
  "Lets timers and the server's messages run until the buffer has settled, for 20 s at most."
  (let ((deadline (+ (float-time) 20)))
    (while (and (not (nos-test-settled-p)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (unless (nos-test-settled-p)
      (error "No diagnostics shown for version %s of %s %s (last report: version %s; %s received, %s shown; flymake %s, running %s, reporting %s, window %s)"
             eglot--versioned-identifier what buffer-file-name
             (gethash (eglot--path-to-uri buffer-file-name) nos-test-reported)
             (length eglot--diagnostics) (length (flymake-diagnostics)) flymake-mode (flymake-running-backends) (flymake-reporting-backends) (get-buffer-window)))))

(defun nos-test-column (pos)
  "Characters (code points) from the start of POS's line to POS."
  (save-excursion (goto-char pos) (- pos (line-beginning-position))))

(defun nos-test-seen ()
  "What Flymake shows: each diagnostic's range, rule, severity and message."
  (mapcar (lambda (d)
            (let ((text (flymake-diagnostic-text d)))
              (unless (string-match "\\`nos \\[\\([^]]+\\)\\]: \\(\\(?:.\\|\n\\)*\\)\\'" text)
                (error "Unexpected diagnostic text: %s" text))
              `((line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d) t)))
                (col . ,(nos-test-column (flymake-diagnostic-beg d)))
                (endLine . ,(1- (line-number-at-pos (flymake-diagnostic-end d) t)))
                (endCol . ,(nos-test-column (flymake-diagnostic-end d)))
                (code . ,(match-string 1 text))
                (type . ,(symbol-name (flymake-diagnostic-type d)))
                (message . ,(match-string 2 text)))))
          (flymake-diagnostics)))

(defun nos-test-run (job)
  (let-alist job
    (find-file .path)
    ;; What the command loop and redisplay do after the command that opened the file, and
    ;; batch mode does not: eglot connects, and Flymake starts, from these hooks.
    (run-hooks 'post-command-hook)
    (run-window-configuration-change-hook)
    (let ((result `((mode . ,(symbol-name major-mode)))))
      (nos-test-await "the opened")
      (push `(opened . ,(vconcat (nos-test-seen))) result)
      (goto-char (point-min))
      (forward-line .edit.line)
      (forward-char .edit.codePoint)
      (delete-char .edit.length)
      (insert .edit.text)
      (save-buffer)
      (nos-test-await "the edited")
      (push `(edited . ,(vconcat (nos-test-seen))) result)
      result)))

(let ((out (getenv "NOS_OUT")))
  (condition-case err
      (let* ((jobs (with-temp-buffer
                     (insert-file-contents (getenv "NOS_JOBS"))
                     (json-parse-buffer :object-type 'alist :array-type 'list)))
             (results (mapcar #'nos-test-run jobs)))
        (with-temp-file out (insert (json-encode `((results . ,(vconcat results))))))
        (kill-emacs 0))
    (error
     (with-temp-file out (insert (json-encode `((error . ,(error-message-string err))))))
     (kill-emacs 1))))
