"""``python -m cms_i18n``: the ``cms-i18n`` command, for an environment whose scripts
folder is not on the PATH."""

from cms_i18n.cli import main

if __name__ == "__main__":
    main(prog_name="cms-i18n")
