"""One module per subcommand: ``add_parser`` declares its options, ``run`` carries it out.

These modules must stay light to import (argparse only): the command line
imports all of them to build its parser, and ``advisor --version`` must start
fast. Heavy modules are imported inside ``run``.
"""
