"""email.mime: the legacy classes that build MIME messages (compat32
policy unless one is given): MIMEBase, MIMENonMultipart, MIMEMultipart,
MIMEText, MIMEApplication, MIMEImage, MIMEAudio, MIMEMessage, each in its
submodule as in CPython."""
