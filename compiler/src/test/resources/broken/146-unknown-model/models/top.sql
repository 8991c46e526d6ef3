select id
from bsae
