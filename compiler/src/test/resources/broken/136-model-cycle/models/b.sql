select id
from c
