"""The desktop layer: the Qt GUI and the ``weegwijzer`` command.

The engine's matrix products are small (weight samples x criteria x alternatives), where BLAS
threads only spin and compete with the GUI and the Monte Carlo workers for the cores: on a
busy 2-core machine a 100,000-sample rank acceptability ran 4 to 18 times slower with them.
Weegwijzer therefore runs with one BLAS thread unless the user set otherwise; this runs before
any module imports numpy.
"""

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
