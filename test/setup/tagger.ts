/** Unit tests compare with the segmenter the CLI and the app use. */
import '../../main/services/jieba-tagger';
