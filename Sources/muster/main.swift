import Foundation
import MusterCLI

exit(await MusterMain.run())
