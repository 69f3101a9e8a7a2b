import GRDB
import MusterCore
